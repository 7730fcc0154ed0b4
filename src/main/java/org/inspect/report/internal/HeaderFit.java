package org.inspect.report.internal;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.ISplitCharacters;
import org.inspect.model.DisplayWidth;

/**
 * Table headers that never break inside a word ("序/号", "案件编/号"): a header breaks only at a space or after a
 * {@code /}, and a column is widened, at the expense of the columns with room to spare, until its longest
 * unbreakable part fits.
 */
final class HeaderFit {

    /** A header may break after a space or a slash, nowhere else. */
    static final ISplitCharacters SPLIT = (GlyphLine text, int pos) -> {
        int c = text.get(pos).hasValidUnicode() ? text.get(pos).getUnicode() : -1;
        return c == ' ' || c == '/' || c == '\u3000';
    };

    /** Cell padding and borders, in points. */
    private static final float PADDING = 8f;

    private HeaderFit() {
    }

    /** The column widths (percent) with every header's longest part fitting its column. */
    static float[] widths(String[] headers, float[] percent, float size, float available) {
        int n = percent.length;
        float sum = 0;
        for (float p : percent) {
            sum += p;
        }
        float[] points = new float[n];
        float[] min = new float[n];
        for (int i = 0; i < n; i++) {
            points[i] = percent[i] / sum * available;
            min[i] = i < headers.length ? minWidth(headers[i], size) : 0;
        }
        float deficit = 0;
        float spare = 0;
        for (int i = 0; i < n; i++) {
            if (points[i] < min[i]) {
                deficit += min[i] - points[i];
            } else {
                spare += points[i] - min[i];
            }
        }
        if (deficit > 0 && spare > 0) {
            float share = Math.min(1f, deficit / spare);
            for (int i = 0; i < n; i++) {
                points[i] = points[i] < min[i] ? min[i] : points[i] - (points[i] - min[i]) * share;
            }
        }
        float[] out = new float[n];
        float total = 0;
        for (float p : points) {
            total += p;
        }
        for (int i = 0; i < n; i++) {
            out[i] = points[i] / total * 100f;
        }
        return out;
    }

    /** The width of the header's longest part between break points: a Chinese character one em, others half. */
    static float minWidth(String header, float size) {
        int widest = 0;
        for (String part : header.split("[ /\u3000]")) {
            widest = Math.max(widest, DisplayWidth.of(part));
        }
        // bold is simulated by stroking, a little wider than the regular face
        return widest * size * 0.5f * 1.08f + PADDING;
    }
}
