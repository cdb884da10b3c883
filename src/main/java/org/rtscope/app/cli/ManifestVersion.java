package org.rtscope.app.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version a build stamped into the jar manifest ({@code Implementation-Version}), so reports say
 * which rtscope wrote them; "dev" when running from classes (IDE, tests).
 */
public final class ManifestVersion implements IVersionProvider {

    public static String value() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"rtscope " + value()};
    }
}
