package org.rtscope.app.cli;

import org.rtscope.export.BuildVersion;
import picocli.CommandLine.IVersionProvider;

/**
 * The build's version ({@link BuildVersion}) for {@code --version} and the reports the commands write,
 * so they say which rtscope wrote them.
 */
public final class ManifestVersion implements IVersionProvider {

    public static String value() {
        return BuildVersion.value();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"rtscope " + value()};
    }
}
