package com.skillconnect.kernel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jmolecules.ddd.annotation.ValueObject;

/** An absolute http(s) URL with a host name that has a dot (or is localhost), at most 500 characters. */
@ValueObject
public record WebUrl(String value) {

    public static final int MAX_LENGTH = 500;

    public WebUrl {
        if (value == null || value.length() > MAX_LENGTH || !isWebUrl(value)) {
            throw new IllegalArgumentException("Not a web URL: " + value);
        }
    }

    public static Parsed<WebUrl> parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return Parsed.refused(CommonCode.TOO_LONG, MAX_LENGTH);
        }
        return isWebUrl(text) ? Parsed.of(new WebUrl(text)) : Parsed.refused(CommonCode.URL_INVALID);
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            boolean hostOk = host != null && (host.equalsIgnoreCase("localhost") || host.matches("[^.]+(\\.[^.]+)+"));
            return (scheme.equals("http") || scheme.equals("https")) && hostOk;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
