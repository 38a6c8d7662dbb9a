# syntax=docker/dockerfile:1
# Koers' own OpenID Connect issuer (module identity) as a container, for an installation without an identity
# provider of its own. Without the demo profile: the jar knows no users and no clients; it reads those of the
# installation from /config/application.yml (koers.identity.users and koers.identity.clients; the compose file mounts
# infra/identity/ there, see infra/identity/application.example.yml). Build the jars first
# (./mvnw -B -DskipTests package at the repository root), then, from the repository root:
#   docker build -f infra/identity.Dockerfile -t koers/identity .
# or let docker compose do it: docker compose -f infra/docker-compose.yml --profile issuer up --build
FROM eclipse-temurin:17-jre

ARG VERSION=0.1.0-SNAPSHOT

# A fixed, unprivileged user, who owns only the directory of the signing key.
RUN groupadd --system --gid 10001 koers \
    && useradd --system --uid 10001 --gid koers --home-dir /app --no-create-home --shell /usr/sbin/nologin koers \
    && mkdir -p /var/lib/koers-identity && chown 10001:10001 /var/lib/koers-identity && chmod 700 /var/lib/koers-identity
WORKDIR /app
COPY --chown=root:root identity/target/identity-${VERSION}-exec.jar /app/identity.jar

USER 10001:10001
# The signing key is created on the first start and kept in a volume: tokens stay valid across restarts and images.
# The issuer's name (what tokens carry in iss) is KOERS_ISSUER, set by whoever runs it.
ENV KOERS_IDENTITY_PORT=9000 \
    KOERS_IDENTITY_KEYFILE=/var/lib/koers-identity/signing-key.json \
    SPRING_CONFIG_ADDITIONAL_LOCATION=optional:file:/config/
VOLUME /var/lib/koers-identity
EXPOSE 9000
# Heap: half the container's memory limit (the compose file's 512 MB gives 256 MB; the local run uses 192 MB).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError"

HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${KOERS_IDENTITY_PORT}/actuator/health" || exit 1

ENTRYPOINT ["java", "-jar", "/app/identity.jar"]
