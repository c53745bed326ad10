package io.github.campaignworkflow.camel.http;

/** The two methods Adobe's workflow API uses. A GET is a read: repeating it cannot apply anything twice. */
public enum HttpMethod {
    GET,
    POST;

    public boolean isRead() {
        return this == GET;
    }
}
