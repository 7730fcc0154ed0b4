package org.inspect.cli;

import org.inspect.model.Counties;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every {@code --county} option: a county by its code (370902) or its name (泰山区), turned into the code; an
 * unknown one is a usage error that lists the counties, never an empty answer.
 */
final class CountyConverter implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        return Counties.resolve(value).orElseThrow(() -> new TypeConversionException(
                Messages.get("findings.badCounty", value, Counties.listing())));
    }
}
