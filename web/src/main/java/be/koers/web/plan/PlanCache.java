package be.koers.web.plan;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The plans last read, with their version (the query-service's ETag), per signed-in user: what {@link Plans#read}
 * asks the query-service whether it still holds. Per user, so that nobody gets an answer meant for another (each
 * answer is still checked by the query-service with the user's own token); a few plans only: a Ghent-scale plan
 * takes megabytes.
 */
@Component
class PlanCache {

    private static final int PLANS = 8;

    private final Map<Key, Entry> plans = new LinkedHashMap<>(PLANS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > PLANS;
        }
    };

    record Key(String user, String planId, String view) {

        static Key of(String planId, String view) {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            return new Key(user == null ? "" : user.getName(), planId, view);
        }
    }

    record Entry(String etag, Plan plan) {
    }

    synchronized Optional<Entry> get(Key key) {
        return Optional.ofNullable(plans.get(key));
    }

    synchronized void put(Key key, Entry entry) {
        plans.put(key, entry);
    }
}
