package org.operatorlab.ui.view;

import java.util.Locale;

/** Short, locale-independent number text for colour bars and the probe: 4 significant digits, no trailing zeros. */
final class ValueText {
    private ValueText() { }

    static String of(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (v == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        int exp = s.indexOf('e');
        String mantissa = exp < 0 ? s : s.substring(0, exp);
        String exponent = exp < 0 ? "" : s.substring(exp);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }
}
