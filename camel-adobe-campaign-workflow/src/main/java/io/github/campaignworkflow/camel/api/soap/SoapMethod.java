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

    private final String urn;
    private final String localName;

    SoapMethod(String urn, String localName) {
        this.urn = urn;
        this.localName = localName;
    }

    /** The {@code SOAPAction} header, unquoted: {@code xtk:workflow#Start}. */
    String action() {
        return urn + "#" + localName;
    }

    /** The namespace of the method element and of its response: {@code urn:xtk:workflow}. */
    String namespace() {
        return "urn:" + urn;
    }

    String localName() {
        return localName;
    }

    /** The response element's name: {@code StartResponse}. */
    String responseName() {
        return localName + "Response";
    }

    @Override
    public String toString() {
        return action();
    }
}
