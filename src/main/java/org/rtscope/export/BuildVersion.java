package org.rtscope.export;

/**
 * The version a build stamped into the jar manifest ({@code Implementation-Version}), so every file
 * rtscope writes says which rtscope wrote it; "dev" when running from classes (IDE, tests).
 */
public final class BuildVersion {

    private BuildVersion() {
    }

    public static String value() {
        String version = BuildVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
