package org.rtscope.ui;

import javafx.scene.text.Font;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.rtscope.analysis.Severity;
import org.rtscope.timeline.MarkerKind;

/**
 * The Ikonli (Material Design) icons of markers and severities, and the icon font to draw them on a
 * canvas with {@code fillText}: the same glyphs the legend and the findings list show as nodes.
 */
final class MarkerIcons {
    private static String family;

    private MarkerIcons() {
    }

    static Ikon of(MarkerKind kind) {
        switch (kind) {
            case KILL:
                return MaterialDesignS.SKULL;
            case STALL:
                return MaterialDesignT.TIMER_SAND;
            case REPORT:
                return MaterialDesignB.BUG;
            case SIGNAL:
                return MaterialDesignF.FLASH;
            default:
                return MaterialDesignE.EXIT_RUN;
        }
    }

    static Ikon of(Severity severity) {
        switch (severity) {
            case CRITICAL:
                return MaterialDesignA.ALERT_OCTAGON;
            case ERROR:
                return MaterialDesignA.ALERT_CIRCLE;
            case WARNING:
                return MaterialDesignA.ALERT;
            default:
                return MaterialDesignA.ALERT_CIRCLE_OUTLINE;
        }
    }

    /** The glyph of {@code ikon} as a string for {@code fillText}. */
    static String glyph(Ikon ikon) {
        return new String(Character.toChars(ikon.getCode()));
    }

    /** The icon font at {@code size} px (Ikonli loads it when the first icon is made). */
    static synchronized Font font(double size) {
        if (family == null) {
            IkonHandler handler = IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance())
                    .resolve(MaterialDesignS.SKULL.getDescription());
            JavaFXFontLoader.getInstance().loadFont(handler);
            family = handler.getFontFamily();
        }
        return Font.font(family, size);
    }
}
