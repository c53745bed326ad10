package io.github.campaignworkflow.camel.api.soap;

/** The Campaign SOAP methods the component calls: {@code <urn>#<name>}, in namespace {@code urn:<urn>}. */
enum SoapMethod {

    START("xtk:workflow", "Start"),
    PAUSE("xtk:workflow", "Pause"),
    STOP("xtk:workflow", "Stop"),
    POST_EVENT("xtk:workflow", "PostEvent"),
    EXECUTE_QUERY("xtk:queryDef", "ExecuteQuery"),
    LOGON("xtk:session", "Logon"),
    LOGOFF("xtk:session", "Logoff");

    private final String localName;
    // built once: every request and every answer reads them
    private final String action;
    private final String namespace;
    private final String responseName;

    SoapMethod(String urn, String localName) {
        this.localName = localName;
        this.action = urn + "#" + localName;
        this.namespace = "urn:" + urn;
        this.responseName = localName + "Response";
    }

    /** The {@code SOAPAction} header, unquoted: {@code xtk:workflow#Start}. */
    String action() {
        return action;
    }

    /** The namespace of the method element and of its response: {@code urn:xtk:workflow}. */
    String namespace() {
        return namespace;
    }

    String localName() {
        return localName;
    }

    /** The response element's name: {@code StartResponse}. */
    String responseName() {
        return responseName;
    }

    @Override
    public String toString() {
        return action;
    }
}
