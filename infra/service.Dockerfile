# syntax=docker/dockerfile:1
# Any Koers service as a container; the service and its two ports are build arguments. Build the jars first
# (./mvnw -B -DskipTests package at the repository root), then, from the repository root:
#   docker build -f infra/service.Dockerfile --build-arg SERVICE=command-service --build-arg PORT=8081 \
#       --build-arg MANAGEMENT_PORT=9081 -t koers/command-service .
# or let docker compose do it: docker compose -f infra/docker-compose.yml up --build
FROM eclipse-temurin:17-jre

ARG SERVICE
ARG PORT
ARG MANAGEMENT_PORT
ARG VERSION=0.1.0-SNAPSHOT

# Without a management port of its own the service would serve health details and metrics on its API port.
RUN test -n "${SERVICE}" && test -n "${PORT}" && test -n "${MANAGEMENT_PORT}" \
    || { echo "build with --build-arg SERVICE=… --build-arg PORT=… --build-arg MANAGEMENT_PORT=…" >&2; exit 1; }

# A fixed, unprivileged user: the service needs no root and writes nothing but /tmp.
RUN groupadd --system --gid 10001 koers \
    && useradd --system --uid 10001 --gid koers --home-dir /app --no-create-home --shell /usr/sbin/nologin koers
WORKDIR /app
COPY --chown=root:root ${SERVICE}/target/${SERVICE}-${VERSION}.jar /app/service.jar

USER 10001:10001
# Spring's own variables, so that the service and the health check below always agree on the ports: the API, and
# the management port (health with details, metrics, Prometheus) for the platform's network only.
ENV SERVER_PORT=${PORT} MANAGEMENT_SERVER_PORT=${MANAGEMENT_PORT}
EXPOSE ${PORT} ${MANAGEMENT_PORT}
# Heap: half the container's memory limit; the other half is the JVM's own (metaspace, code, threads, direct
# buffers). With a 512 MB heap the benchmark measured resident sets of up to 892 MB (bench/RESULTS.md), so the
# compose file's 1 GiB limit gives a 512 MB heap. A JVM that ran out of memory exits so the orchestrator restarts it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError"

# Healthy when the service and what it depends on (PostgreSQL, Kafka) are UP; curl comes with the base image.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=6 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${MANAGEMENT_SERVER_PORT}/actuator/health" || exit 1

ENTRYPOINT ["java", "-jar", "/app/service.jar"]
