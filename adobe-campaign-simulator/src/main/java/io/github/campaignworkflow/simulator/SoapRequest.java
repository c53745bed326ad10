package io.github.campaignworkflow.simulator;

import java.util.List;

/**
 * A parsed SOAP call: {@code service} is the URN without {@code urn:} ({@code xtk:workflow}), {@code method} the
 * method's name ({@code Start}); {@code sessionToken} is the text of the first parameter and {@code arguments} the
 * parameters after it, in the order sent (Campaign reads them by position, not by name).
 */
record SoapRequest(String service, String method, String sessionToken, List<XmlElement> arguments) {

    SoapRequest {
        arguments = List.copyOf(arguments);
    }

    /** {@code xtk:workflow#Start}, as in a SOAPAction header. */
    String action() {
        return service + "#" + method;
    }

    /** The text of the argument at {@code position} (0 = the first after the session token). */
    String text(int position, String name) throws SoapRequestException {
        XmlElement argument = argument(position, name);
        if (!argument.children().isEmpty()) {
            throw new SoapRequestException("The parameter '" + name + "' of " + action() + " must be text, not an element.");
        }
        return argument.text();
    }

    /** The element held by the {@code ns:Element} argument at {@code position}; {@code null} when it is empty. */
    XmlElement element(int position, String name) throws SoapRequestException {
        XmlElement argument = argument(position, name);
        if (argument.children().size() > 1) {
            throw new SoapRequestException("The parameter '" + name + "' of " + action() + " must hold one element.");
        }
        return argument.firstChild().orElse(null);
    }

    private XmlElement argument(int position, String name) throws SoapRequestException {
        if (position >= arguments.size()) {
            throw new SoapRequestException("The parameter '" + name + "' of " + action() + " is missing (parameter "
                    + (position + 2) + ", after the session token).");
        }
        return arguments.get(position);
    }
}
