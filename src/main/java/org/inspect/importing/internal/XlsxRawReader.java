package org.inspect.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

/**
 * Rows of the first sheet of an {@code .xlsx} workbook, pulled from the sheet XML with StAX so that a big
 * sheet is never held whole (POI's event model). Numbers come out as plain decimals (Excel's 15
 * significant digits), date-formatted numbers as {@code yyyy-MM-dd}, booleans as {@code true}/{@code false}.
 */
public final class XlsxRawReader implements RawReader {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private long lastRow;
    private long currentRow;

    public XlsxRawReader(Path file) throws IOException {
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new MalformedFileException(0, Texts.get("file.notXlsx", e.getMessage()));
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            strings = new ReadOnlySharedStringsTable(pkg);
            styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new MalformedFileException(0, Texts.get("file.noSheet"));
            }
            sheet = sheets.next();
            xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        } catch (OpenXML4JException | SAXException | XMLStreamException e) {
            pkg.revert();
            throw new MalformedFileException(0, Texts.get("file.unreadableXlsx", e.getMessage()));
        }
    }

    @Override
    public RawRow next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "dimension" -> lastRow = lastRowOf(xml.getAttributeValue(null, "ref"));
                        case "row" -> {
                            return readRow();
                        }
                        default -> { }
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw new MalformedFileException(currentRow + 1, Texts.get("file.unreadableRow",
                    currentRow + 1, e.getMessage()));
        }
    }

    private RawRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        currentRow = r == null ? currentRow + 1 : Long.parseLong(r);
        List<String> cells = new ArrayList<>();
        java.util.BitSet numeric = new java.util.BitSet();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int col = ref == null ? cells.size() : new CellReference(ref).getCol();
                String type = xml.getAttributeValue(null, "t");
                String value = readCell(type, xml.getAttributeValue(null, "s"));
                if ((type == null || type.equals("n")) && !value.isEmpty()) {
                    numeric.set(col);
                }
                while (cells.size() < col) {
                    cells.add("");
                }
                cells.add(value);
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
        }
        return new RawRow(currentRow, cells, numeric);
    }

    /** Reads up to the end of the {@code c} element and turns its value into text. */
    private String readCell(String type, String style) throws XMLStreamException {
        StringBuilder v = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        String in = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                in = xml.getLocalName();
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if ("v".equals(in)) {
                    v.append(xml.getText());
                } else if ("t".equals(in)) {
                    inline.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("c")) {
                    break;
                }
                in = null;
            }
        }
        return text(type, style, v.toString(), inline.toString());
    }

    private String text(String type, String style, String v, String inline) {
        if (type == null || type.equals("n")) {
            return v.isEmpty() ? "" : number(v, style);
        }
        return switch (type) {
            case "s" -> v.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(v.strip())).getString();
            case "inlineStr" -> inline;
            case "b" -> "1".equals(v.strip()) ? "true" : "false";
            default -> v; // "str" (formula result), "e" (error such as #N/A), "d" (ISO date text)
        };
    }

    private String number(String v, String style) {
        if (style != null && !style.isEmpty()) {
            XSSFCellStyle xf = styles.getStyleAt(Integer.parseInt(style));
            if (xf != null) {
                int index = xf.getDataFormat();
                String format = xf.getDataFormatString();
                if (format == null) {
                    format = BuiltinFormats.getBuiltinFormat(index);
                }
                double d = Double.parseDouble(v);
                if (format != null && DateUtil.isADateFormat(index, format) && DateUtil.isValidExcelDate(d)) {
                    return DateUtil.getLocalDateTime(d).toLocalDate().toString();
                }
            }
        }
        return new BigDecimal(v.strip()).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    private static long lastRowOf(String ref) {
        if (ref == null) {
            return 0;
        }
        String last = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : ref;
        try {
            return new CellReference(last).getRow() + 1L;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Override
    public double progress() {
        return lastRow <= 0 ? 0 : Math.min(1.0, (double) currentRow / lastRow);
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing to release beyond the streams closed below
        }
        sheet.close();
        pkg.revert();
    }
}
