package dev.evident.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Reads exported Markdown back with commonmark-java and its GFM tables extension. */
final class Gfm {
  private Gfm() {}

  /** A cell as a reader sees it: its text, and the kinds of inline nodes it is made of. */
  record Cell(String text, Set<String> nodes, List<String> links) {}

  record Table(List<Cell> header, List<List<Cell>> rows) {
    List<String> headerTexts() {
      return header.stream().map(Cell::text).toList();
    }
  }

  record Document(List<String> headings, List<Table> tables, Set<String> blockKinds) {}

  static Document parse(String markdown) {
    Node root = Parser.builder().extensions(List.of(TablesExtension.create())).build()
        .parse(markdown);
    List<String> headings = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    Set<String> kinds = new TreeSet<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
      kinds.add(n.getClass().getSimpleName());
      if (n instanceof Heading h) {
        headings.add("#".repeat(h.getLevel()) + " " + cell(h).text());
      } else if (n instanceof TableBlock t) {
        tables.add(table(t));
      }
    }
    return new Document(headings, tables, kinds);
  }

  private static Table table(TableBlock t) {
    List<Cell> header = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
      for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
        List<Cell> cells = new ArrayList<>();
        for (Node c = ((TableRow) r).getFirstChild(); c != null; c = c.getNext()) {
          cells.add(cell((TableCell) c));
        }
        if (section instanceof TableHead) {
          header = cells;
        } else {
          rows.add(cells);
        }
      }
    }
    return new Table(header, rows);
  }

  static Cell cell(Node container) {
    StringBuilder sb = new StringBuilder();
    Set<String> kinds = new TreeSet<>();
    List<String> links = new ArrayList<>();
    container.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        kinds.add("Text");
        sb.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        kinds.add("Code");
        sb.append(code.getLiteral());
      }

      @Override
      public void visit(HtmlInline html) {
        kinds.add("HtmlInline");
        sb.append(html.getLiteral());
      }

      @Override
      public void visit(Link link) {
        kinds.add("Link");
        links.add(link.getDestination());
        visitChildren(link);
      }

      @Override
      protected void visitChildren(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
          if (!(n instanceof Text || n instanceof Code || n instanceof HtmlInline
              || n instanceof Link)) {
            kinds.add(n.getClass().getSimpleName());
          }
          n.accept(this);
        }
      }
    });
    return new Cell(sb.toString(), kinds, links);
  }
}
