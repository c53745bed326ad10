package io.github.campaignworkflow.simulator;

/**
 * A SOAP request the simulator refuses; its message becomes the Fault's text. Never carries request content beyond
 * names, so a refused request cannot leak a password into a Fault or a log.
 */
final class SoapRequestException extends Exception {

    SoapRequestException(String message) {
        super(message, null, false, false);
    }
}
