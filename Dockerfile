# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper fetches dependencies once; sources are copied after, so edits reuse the cache.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -q -B dependency:go-offline
COPY src src
RUN ./mvnw -q -B -DskipTests package && cp target/kyodo-bot-*.jar /build/kyodo-bot.jar

# Run stage: a JRE only, as an unprivileged user; dialogs are data and can be mounted over /app/dialogs.
FROM eclipse-temurin:17-jre
# IPA Gothic draws the rich menu's Japanese labels (README "Rich menu").
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      fonts-ipafont-gothic && rm -rf /var/lib/apt/lists/*
RUN groupadd --system kyodo && useradd --system --gid kyodo --home-dir /app --shell /usr/sbin/nologin kyodo
WORKDIR /app
COPY --from=build /build/kyodo-bot.jar /app/kyodo-bot.jar
COPY dialogs /app/dialogs
USER kyodo
ENV KYODO_DIALOGS_DIR=/app/dialogs \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "-jar", "/app/kyodo-bot.jar"]
