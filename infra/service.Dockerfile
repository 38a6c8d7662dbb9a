# syntax=docker/dockerfile:1
# Any Koers service as a container; the service is a build argument. Build the jars first
# (./mvnw -B -DskipTests package at the repository root), then, from the repository root:
#   docker build -f infra/service.Dockerfile --build-arg SERVICE=command-service --build-arg PORT=8081 -t koers/command-service .
# or let docker compose do it: docker compose -f infra/docker-compose.yml up --build
FROM eclipse-temurin:17-jre

ARG SERVICE
ARG PORT
ARG VERSION=0.1.0-SNAPSHOT

# A fixed, unprivileged user: the service needs no root and writes nothing but /tmp.
RUN groupadd --system --gid 10001 koers \
    && useradd --system --uid 10001 --gid koers --home-dir /app --no-create-home --shell /usr/sbin/nologin koers
WORKDIR /app
COPY --chown=root:root ${SERVICE}/target/${SERVICE}-${VERSION}.jar /app/service.jar

USER 10001:10001
ENV SERVICE_PORT=${PORT}
EXPOSE ${PORT}
# Heap from the container's memory limit; a JVM that ran out of memory exits so the orchestrator restarts it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

# Healthy when the service and what it depends on (PostgreSQL, Kafka) are UP; curl comes with the base image.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=6 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVICE_PORT}/actuator/health" || exit 1

ENTRYPOINT ["java", "-jar", "/app/service.jar"]
