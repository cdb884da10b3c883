package org.rtscope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.rtscope.analysis.Finding;
import org.rtscope.model.Frame;
import org.rtscope.timeline.EvidenceLocator;
import org.rtscope.timeline.EvidenceTarget;
import org.rtscope.timeline.TimeFormat;
import org.rtscope.timeline.TimelineData;

/**
 * The inspector for a finding: what matched and how sure, when and where, the mechanism in words, the
 * evidence it matched on and what to do about it. Each evidence line is a link: clicking it moves the
 * timeline to it and highlights it there, and opens its context below the line — the log lines around
 * a log record, or the backtrace with the frames the finding is about highlighted.
 */
public final class FindingView extends BorderPane {
    private final VBox body = new VBox();
    private final Label title = new Label();
    private final FontIcon icon = new FontIcon();
    private final Button copy = new Button();
    private final BiConsumer<Integer, EvidenceTarget> onEvidence;
    private final List<Hyperlink> links = new ArrayList<>();
    private final List<VBox> contexts = new ArrayList<>();
    private Finding shown;
    private List<EvidenceTarget> targets = List.of();

    /** {@code onEvidence} gets the index and resolved target of each clicked evidence line. */
    public FindingView(BiConsumer<Integer, EvidenceTarget> onEvidence) {
        this.onEvidence = onEvidence;
        getStyleClass().add("finding-view");
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        copy.setGraphic(new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.getStyleClass().add("flat-button");
        copy.setOnAction(e -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(text());
            Clipboard.getSystemClipboard().setContent(clip);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(icon, title, spacer, copy);
        header.getStyleClass().add("inspector-header");
        body.getStyleClass().add("finding-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setTop(header);
        setCenter(scroll);
        clear();
    }

    public Finding finding() {
        return shown;
    }

    /** The resolved targets of the shown finding's evidence, in order. */
    public List<EvidenceTarget> targets() {
        return targets;
    }

    /** The evidence links, in order (for keyboard users and tests). */
    public List<Hyperlink> evidenceLinks() {
        return List.copyOf(links);
    }

    public void clear() {
        shown = null;
        targets = List.of();
        links.clear();
        contexts.clear();
        icon.setVisible(false);
        title.setText("No finding selected");
        copy.setDisable(true);
        Label hint = new Label("Pick a finding in the list above (N / P step through them).");
        hint.setWrapText(true);
        hint.getStyleClass().add("inspector-key");
        body.getChildren().setAll(hint);
    }

    public void show(TimelineData data, Finding f) {
        shown = f;
        links.clear();
        contexts.clear();
        targets = f.evidence().stream().map(e -> EvidenceLocator.locate(data, f, e)).toList();
        icon.setIconCode(MarkerIcons.of(f.severity()));
        icon.getStyleClass().setAll("ikonli-font-icon", "severity-icon", "severity-" + f.severity().id());
        icon.setVisible(true);
        title.setText(f.title());
        copy.setDisable(false);
        List<javafx.scene.Node> nodes = new ArrayList<>();
        nodes.add(text(meta(f), "finding-meta"));
        nodes.add(text(when(f), "finding-meta"));
        nodes.add(section("What happened"));
        nodes.add(text(f.explanation(), "finding-explanation"));
        if (f.cause() != null && !f.cause().isBlank()) {
            nodes.add(section("Likely cause"));
            nodes.add(text(f.cause(), "finding-explanation"));
        }
        nodes.add(section("Evidence (" + f.evidence().size() + ")"));
        for (int k = 0; k < f.evidence().size(); k++) {
            nodes.add(evidence(k, f.evidence().get(k), targets.get(k)));
        }
        if (!f.remedies().isEmpty()) {
            nodes.add(section("What to do"));
            for (String remedy : f.remedies()) {
                Label l = text("• " + remedy, looksLikeCommand(remedy) ? "finding-command" : "finding-remedy");
                nodes.add(l);
            }
        }
        if (!f.references().isEmpty()) {
            nodes.add(section("References"));
            for (String reference : f.references()) {
                nodes.add(text(reference, "finding-reference"));
            }
        }
        body.getChildren().setAll(nodes);
    }

    /** Opens the context of evidence {@code k} (as a click does, without telling the listener). */
    public void expand(int k) {
        for (int i = 0; i < contexts.size(); i++) {
            VBox box = contexts.get(i);
            boolean open = i == k && !box.getChildren().isEmpty();
            box.setVisible(open);
            box.setManaged(open);
            links.get(i).getStyleClass().remove("evidence-active");
            if (i == k) {
                links.get(i).getStyleClass().add("evidence-active");
            }
        }
    }

    /** All the finding as plain text, as the copy button puts it on the clipboard. */
    public String text() {
        Finding f = shown;
        if (f == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(f.title()).append('\n');
        sb.append(meta(f)).append('\n');
        sb.append(when(f)).append("\n\n").append(f.explanation()).append('\n');
        if (f.cause() != null && !f.cause().isBlank()) {
            sb.append("\nLikely cause: ").append(f.cause()).append('\n');
        }
        sb.append("\nEvidence\n");
        for (Finding.Evidence e : f.evidence()) {
            sb.append("  ").append(evidenceHeading(e)).append("  ").append(e.text()).append('\n');
        }
        if (!f.remedies().isEmpty()) {
            sb.append("\nWhat to do\n");
            for (String r : f.remedies()) {
                sb.append("  - ").append(r).append('\n');
            }
        }
        if (!f.references().isEmpty()) {
            sb.append("\nReferences\n");
            for (String r : f.references()) {
                sb.append("  ").append(r).append('\n');
            }
        }
        return sb.toString();
    }

    private VBox evidence(int k, Finding.Evidence e, EvidenceTarget target) {
        Hyperlink link = new Hyperlink(evidenceHeading(e));
        link.getStyleClass().add("evidence-link");
        link.setDisable(!target.hasTime() && target.kind() == EvidenceTarget.Kind.NONE);
        Label line = text(e.text(), "evidence-text");
        VBox context = new VBox();
        context.getStyleClass().add("evidence-context");
        if (target.kind() == EvidenceTarget.Kind.LOG) {
            for (int i = 0; i < target.context().size(); i++) {
                context.getChildren().add(text(target.context().get(i),
                        i == target.contextFocus() ? "context-focus" : "context-line"));
            }
        } else if (target.backtrace() != null) {
            List<Frame> frames = target.backtrace().frames();
            for (int i = 0; i < frames.size(); i++) {
                boolean sig = target.signature().contains(i);
                context.getChildren().add(text("#" + i + "  " + frames.get(i), sig ? "frame-signature" : "context-line"));
            }
        }
        context.setVisible(false);
        context.setManaged(false);
        links.add(link);
        contexts.add(context);
        link.setOnAction(a -> {
            expand(k);
            onEvidence.accept(k, target);
        });
        VBox item = new VBox(link, line, context);
        item.getStyleClass().add("evidence-item");
        return item;
    }

    /** "RT_THROTTLE · warning · confidence 95 % · seen 3 times". */
    private static String meta(Finding f) {
        String seen = f.count() > 1 ? " · seen " + f.count() + " times" : "";
        return String.format(Locale.ROOT, "%s · %s · confidence %.0f %%%s", f.pattern(), f.severity().id(),
                f.confidence() * 100, seen);
    }

    private static String evidenceHeading(Finding.Evidence e) {
        String time = e.time() == Long.MIN_VALUE ? "" : TimeFormat.timestamp(e.time()) + "  ";
        String where = e.source() == null || e.source().isEmpty() ? "" : fileName(e.source()) + (e.line() > 0 ? ":" + e.line() : "");
        return time + where;
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    private static String when(Finding f) {
        if (!FindingsList.hasTime(f)) {
            StringBuilder sb = new StringBuilder("no time on the case clock (only wall-clock or untimed sources matched)");
            appendWhere(sb, f);
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder(TimeFormat.timestamp(f.start()));
        if (f.end() > f.start()) {
            sb.append(" – ").append(TimeFormat.timestamp(f.end())).append(" (").append(TimeFormat.duration(f.end() - f.start()))
                    .append(')');
        }
        appendWhere(sb, f);
        return sb.toString();
    }

    private static void appendWhere(StringBuilder sb, Finding f) {
        if (!f.cpus().isEmpty()) {
            sb.append(" · CPU ").append(f.cpus().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (!f.tasks().isEmpty()) {
            sb.append(" · ").append(f.tasks().stream()
                    .map(t -> (t.comm().isEmpty() ? "" : t.comm() + " ") + "pid " + (t.pid() > 0 ? t.pid() : t.tid()))
                    .collect(Collectors.joining(", ")));
        }
    }

    private static boolean looksLikeCommand(String remedy) {
        String r = remedy.strip();
        return r.startsWith("sysctl") || r.startsWith("echo ") || r.startsWith("chrt") || r.startsWith("ulimit")
                || r.startsWith("prlimit") || r.startsWith("CONFIG_") || r.startsWith("/proc") || r.startsWith("kernel.");
    }

    private static Label section(String name) {
        Label l = new Label(name);
        l.getStyleClass().add("inspector-section");
        return l;
    }

    private static Label text(String value, String styleClass) {
        Label l = new Label(value);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
