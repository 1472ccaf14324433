package dev.evident.shell;

import dev.evident.app.BrowseService;
import dev.evident.app.RelatedClaims;
import dev.evident.app.ReviewSession;
import dev.evident.model.Safe;
import dev.evident.model.Claim;
import dev.evident.model.Diagnostic;
import dev.evident.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lays out one review card: the claim's fields, its quote highlighted inside the seed text
 * around it, and the related claims, wrapped to a width. With colour off, the quote is marked
 * »like this« and no escape sequence is produced. All content passes through {@link Safe}.
 */
public final class CardRenderer {
  private static final int LABEL = 11;
  private static final AttributedStyle LABEL_STYLE = AttributedStyle.DEFAULT.faint();
  private static final AttributedStyle QUOTE_STYLE = AttributedStyle.DEFAULT.bold().inverse();
  private static final AttributedStyle HEADER_STYLE = AttributedStyle.DEFAULT.bold();

  private final int width;
  private final boolean color;

  /**
   * @param width columns to wrap to; 0 or less: do not wrap (for pipes)
   * @param color whether styles may be used
   */
  public CardRenderer(int width, boolean color) {
    this.width = width;
    this.color = color;
  }

  public List<AttributedString> render(ReviewSession.Card card, String progress) {
    List<AttributedString> out = new ArrayList<>();
    out.add(styled(progress, HEADER_STYLE));
    Claim c = card.claim();
    String status = dev.evident.app.Describe.status(c);
    out.add(styled(c.id() + "  " + card.file(), HEADER_STYLE));
    field(out, "status", status);
    field(out, "statement", c.statement());
    field(out, "triple", dev.evident.app.Describe.triple(c.mechanism()));
    field(out, "level", c.evidence().level() + " (" + c.evidence().design().wire()
        + (c.evidence().eco() == null ? "" : ", " + c.evidence().eco()) + ")");
    field(out, "basis", c.evidence().basis());
    if (c.evidence().override() != null) {
      field(out, "override", "level " + c.evidence().override().level() + " by "
          + c.evidence().override().by() + ": " + c.evidence().override().reason());
    }
    field(out, "tags", c.tags().isEmpty() ? "(none)" : String.join(", ", c.tags()));
    if (!c.note().isEmpty()) {
      field(out, "note", c.note());
    }
    Source s = card.source();
    if (s != null) {
      field(out, "source", s.id() + (s.title() == null ? "" : ": " + s.title())
          + (s.year() == null ? "" : " (" + s.year() + ")"));
    }
    BrowseService.Context ctx = card.context();
    String section = c.locator().section() == null ? "" : ", " + c.locator().section();
    out.add(AttributedString.EMPTY);
    if (ctx != null) {
      field(out, "seed", ctx.seedFile() + ":" + ctx.line() + ":" + ctx.column() + section);
      AttributedStringBuilder b = new AttributedStringBuilder();
      String before = Safe.line(ctx.before());
      String after = Safe.line(ctx.after());
      b.append(before).append(before.isEmpty() ? "" : " ");
      if (color) {
        b.styled(QUOTE_STYLE, Safe.line(ctx.quote()));
      } else {
        b.append("»").append(Safe.line(ctx.quote())).append("«");
      }
      b.append(after.isEmpty() ? "" : " ").append(after);
      out.addAll(wrap(b.toAttributedString(), "  ", "  "));
    } else {
      field(out, "quote", c.quote());
    }
    for (Diagnostic d : card.warnings()) {
      out.add(styled(Safe.line(d.format()), AttributedStyle.DEFAULT.foreground(
          AttributedStyle.YELLOW)));
    }
    if (!card.related().isEmpty()) {
      out.add(AttributedString.EMPTY);
      for (RelatedClaims.Related r : card.related()) {
        String statement = r.claim() == null ? "" : ": " + r.claim().statement()
            + " [" + r.claim().status().wire() + "]";
        field(out, "related", r.why() + " — " + r.id() + statement);
      }
    }
    return out;
  }

  /** The keys, for {@code ?}. */
  public static List<String> help() {
    return List.of(
        "a  accept the claim and go to the next",
        "r  reject the claim (asks for a reason) and go to the next",
        "n  next claim (also →)          p  previous claim (also ←)",
        "t  add a tag (Tab completes over the vocabulary)",
        "e  edit the statement (the line editor starts with the current text)",
        "l  override the evidence level (asks for the level and a reason)",
        "k  link to another claim (Tab completes ids, then the relation)",
        "u  undo the last change of this session (writes the file back as it was)",
        "?  this help                     q  quit (Ctrl-C and Ctrl-D too)",
        "Every change is written at once; quitting loses nothing. In a prompt, Ctrl-C cancels.");
  }

  private AttributedString styled(String text, AttributedStyle style) {
    return color ? new AttributedString(text, style) : new AttributedString(text);
  }

  private void field(List<AttributedString> out, String label, String value) {
    String head = String.format(Locale.ROOT, "%-" + (LABEL - 1) + "s ", label);
    out.addAll(wrap(new AttributedString(Safe.line(value)), styled(head, LABEL_STYLE),
        " ".repeat(LABEL)));
  }

  /**
   * Word-wraps {@code text} to the width; the first line starts with {@code first}, the others
   * with {@code rest}. A word longer than a line is cut.
   */
  List<AttributedString> wrap(AttributedString text, String first, String rest) {
    return wrap(text, new AttributedString(first), rest);
  }

  /** Like {@link #wrap(AttributedString, String, String)}, with a styled first prefix. */
  List<AttributedString> wrap(AttributedString text, AttributedString first, String rest) {
    List<AttributedString> lines = new ArrayList<>();
    if (width <= 0) {
      lines.add(concat(first, text));
      return lines;
    }
    AttributedStringBuilder line = new AttributedStringBuilder().append(first);
    int col = first.columnLength();
    boolean empty = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int gap = i;
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && text.charAt(i) != ' ') {
        i++;
      }
      if (start == i) {
        break;
      }
      // the spaces before a word keep their style (a highlighted quote has no gaps) and their
      // number (aligned columns stay aligned), except at the start of a wrapped line
      AttributedString sep = empty ? AttributedString.EMPTY : text.subSequence(gap, start);
      AttributedString word = text.subSequence(start, i);
      int w = word.columnLength();
      if (!empty && col + sep.columnLength() + w > width) {
        lines.add(line.toAttributedString());
        line = new AttributedStringBuilder().append(rest);
        col = rest.length();
        empty = true;
        sep = AttributedString.EMPTY;
      }
      while (empty && col + w > width && w > 0) {
        int room = Math.max(1, width - col);
        line.append(word.columnSubSequence(0, room));
        lines.add(line.toAttributedString());
        word = word.columnSubSequence(room, w);
        w = word.columnLength();
        line = new AttributedStringBuilder().append(rest);
        col = rest.length();
      }
      line.append(sep).append(word);
      col += sep.columnLength() + w;
      empty = false;
    }
    lines.add(line.toAttributedString());
    return lines;
  }

  private static AttributedString concat(AttributedString prefix, AttributedString s) {
    return new AttributedStringBuilder().append(prefix).append(s).toAttributedString();
  }
}
