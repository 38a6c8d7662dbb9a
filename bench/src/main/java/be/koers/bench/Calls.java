package be.koers.bench;

import be.koers.testing.ApiClient.Response;

/** The benchmark loads through the public API: a refused call means the data set is not what it claims, so it stops. */
public final class Calls {

    private Calls() {
    }

    public static Response accepted(Response response, String what) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(what + " was refused: " + response);
        }
        return response;
    }
}
