package org.inspect.report.internal;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.PdfCanvasConstants;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.layout.LayoutArea;
import java.util.ArrayList;
import java.util.List;

/**
 * A long list drawn row by row on the pages' canvas instead of laid out cell by cell: a public notice lists every
 * recipient of a township, and iText's layout of a table cell (properties looked up through its parents, fonts
 * chosen per character) was most of the disclosure's time, 208 s for 1,000,000 households (issue 25). It looks like
 * {@link PdfDoc}'s tables: a grey header row repeated on every page, grey rules, text wrapped within its column,
 * numbers right-aligned; each character in the main font, else the fallback. The layout is told the height used on
 * each page, so what follows flows below.
 */
final class ListTable {

    private static final float PADDING = 3f;
    private static final float RULE = 0.5f;
    private static final float MARGIN_TOP = 4f;
    private static final float MARGIN_BOTTOM = 8f;

    private final PdfDocument pdf;
    private final Document doc;
    private final PdfFont main;
    private final PdfFont fallback;
    private final float size;
    private final float leading;
    private final float[] widths;
    private final boolean[] right;

    ListTable(PdfDocument pdf, Document doc, PdfFont main, PdfFont fallback, float[] widths, float size,
            boolean[] right) {
        this.pdf = pdf;
        this.doc = doc;
        this.main = main;
        this.fallback = fallback;
        this.widths = widths;
        this.size = size;
        this.leading = size * 1.2f;
        this.right = right;
    }

    /** Draws the header row and then every row, page after page, from where the layout stands. */
    void draw(List<String> header, List<List<String>> rows) {
        List<List<String>> headerLines = lines(header);
        float headerHeight = height(headerLines);
        // The header and the first row are reserved in the layout first, so that a heading kept with what follows
        // it (and laid out only when that comes) moves to the next page with them; they are drawn in that space.
        float first = MARGIN_TOP + headerHeight + (rows.isEmpty() ? 0 : height(lines(rows.get(0))));
        doc.add(new Div().setHeight(first).setMargin(0).setPadding(0));
        Page page = new Page(MARGIN_TOP - first);
        page.row(headerLines, headerHeight, true);
        for (List<String> row : rows) {
            List<List<String>> cells = lines(row);
            float h = height(cells);
            if (!page.fits(h)) {
                page.end(0);
                doc.add(new AreaBreak());
                page = new Page(0);
                page.row(headerLines, headerHeight, true);
            }
            page.row(cells, h, false);
        }
        page.end(MARGIN_BOTTOM);
    }

    /** The part of one page the table takes, from the top of the layout's current area. */
    private final class Page {
        private final float top;
        private final float bottom;
        private final float left;
        private final PdfCanvas canvas;
        private float y;

        Page(float marginTop) {
            LayoutArea area = doc.getRenderer().getCurrentArea();
            Rectangle box = area.getBBox();
            top = box.getTop();
            bottom = box.getBottom();
            left = box.getLeft();
            y = top - marginTop;
            canvas = new PdfCanvas(pdf.getPage(area.getPageNumber()));
        }

        /** Whether a row of height {@code h} fits above the page's bottom margin. */
        boolean fits(float h) {
            return y - h >= bottom;
        }

        void row(List<List<String>> cells, float h, boolean header) {
            float x = left;
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            if (header) {
                canvas.saveState().setFillColor(new DeviceGray(0.88f)).rectangle(x, y - h, total, h).fill()
                        .restoreState();
            }
            canvas.saveState().setStrokeColor(ColorConstants.GRAY).setLineWidth(RULE);
            for (float w : widths) {
                canvas.rectangle(x, y - h, w, h);
                x += w;
            }
            canvas.stroke().restoreState();
            x = left;
            for (int i = 0; i < widths.length; i++) {
                List<String> lines = cells.get(i);
                float textTop = y - (h - lines.size() * leading) / 2;
                for (int l = 0; l < lines.size(); l++) {
                    String line = lines.get(l);
                    float lineWidth = width(line);
                    float tx = header ? x + (widths[i] - lineWidth) / 2
                            : right[i] ? x + widths[i] - PADDING - lineWidth : x + PADDING;
                    // the baseline sits where the layout puts it in a line of this leading
                    float baseline = textTop - l * leading - (leading + size * 0.7f) / 2;
                    show(canvas, line, tx, baseline, header);
                }
                x += widths[i];
            }
            y -= h;
        }

        /** Tells the layout the height drawn on this page (and a margin after the last one). */
        void end(float marginBottom) {
            float used = Math.min(top - y + marginBottom, top - bottom);
            if (used > 0) {
                doc.add(new Div().setHeight(used).setMargin(0).setPadding(0));
            }
        }
    }

    /** Text in runs of the main font and, for characters it lacks, the fallback. */
    private void show(PdfCanvas canvas, String text, float x, float baseline, boolean bold) {
        canvas.beginText();
        if (bold) {
            canvas.setTextRenderingMode(PdfCanvasConstants.TextRenderingMode.FILL_STROKE).setLineWidth(size / 30);
        }
        canvas.moveText(x, baseline);
        int i = 0;
        while (i < text.length()) {
            PdfFont font = fontOf(text.codePointAt(i));
            int j = i;
            while (j < text.length() && fontOf(text.codePointAt(j)) == font) {
                j += Character.charCount(text.codePointAt(j));
            }
            canvas.setFontAndSize(font, size).showText(text.substring(i, j));
            i = j;
        }
        canvas.endText();
    }

    private PdfFont fontOf(int codePoint) {
        return fallback == null || main.containsGlyph(codePoint) ? main : fallback;
    }

    private float width(String text) {
        float w = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            w += fontOf(cp).getWidth(cp, size);
        }
        return w;
    }

    /** Each cell's text broken into lines that fit its column: at a blank where one is near, else anywhere. */
    private List<List<String>> lines(List<String> cells) {
        List<List<String>> out = new ArrayList<>(widths.length);
        for (int c = 0; c < widths.length; c++) {
            String text = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            out.add(wrap(text, widths[c] - 2 * PADDING));
        }
        return out;
    }

    private List<String> wrap(String text, float room) {
        List<String> lines = new ArrayList<>(1);
        if (width(text) <= room) {
            lines.add(text);
            return lines;
        }
        int start = 0;
        while (start < text.length()) {
            float w = 0;
            int end = start;
            int lastBlank = -1;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                float cw = fontOf(cp).getWidth(cp, size);
                if (w + cw > room && end > start) {
                    break;
                }
                if (cp == ' ') {
                    lastBlank = end;
                }
                w += cw;
                end += Character.charCount(cp);
            }
            if (end < text.length() && lastBlank > start) {
                end = lastBlank + 1;
            }
            lines.add(text.substring(start, end).strip());
            start = end;
        }
        return lines;
    }

    private float height(List<List<String>> cells) {
        int lines = 1;
        for (List<String> c : cells) {
            lines = Math.max(lines, c.size());
        }
        return lines * leading + 2 * PADDING;
    }
}
