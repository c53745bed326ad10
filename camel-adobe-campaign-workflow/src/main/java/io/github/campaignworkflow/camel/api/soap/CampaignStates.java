package io.github.campaignworkflow.camel.api.soap;

/**
 * Campaign's numeric workflow states ({@code @state} of {@code xtk:workflow}) as the words the component's headers,
 * {@code awaitState} and the consumer use; {@code @failed="1"} is {@code error} whatever the state.
 */
final class CampaignStates {

    private CampaignStates() {
    }

    /** @return the word, the number itself when Campaign has no word for it, {@code null} when neither is given */
    static String of(String state, String failed) {
        if ("1".equals(failed == null ? null : failed.strip())) {
            return "error";
        }
        if (state == null || state.isBlank()) {
            return null;
        }
        return switch (state.strip()) {
            case "0" -> "edited";
            case "10" -> "starting";
            case "11" -> "started";
            case "12" -> "pausing";
            case "13" -> "paused";
            case "14" -> "resuming";
            case "15", "16" -> "stopping";
            case "17", "18" -> "restarting";
            case "20" -> "finished";
            default -> state.strip();
        };
    }
}
