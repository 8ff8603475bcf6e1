# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper fetches dependencies once; sources are copied after, so edits reuse the cache.
# The jar carries the shipped dialogs as its defaults; they are copied in for the build like any resource.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -q -B dependency:go-offline
COPY src src
COPY dialogs dialogs
RUN ./mvnw -q -B -DskipTests package \
 && java -Djarmode=tools -jar target/kyodo-bot-*.jar extract --layers --launcher --destination /build/extracted

# Run stage: a JRE only, as an unprivileged user. The jar's layers are copied from the least to the most often
# changed (dependencies, Spring Boot's loader, snapshot dependencies, the application), so a code change rebuilds
# only the last one. Dialogs come from the jar; mount a folder and set KYODO_DIALOGS_DIR to use your own.
FROM eclipse-temurin:17-jre
# IPA Gothic draws the rich menu's Japanese labels (README "Rich menu").
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      fonts-ipafont-gothic && rm -rf /var/lib/apt/lists/*
RUN groupadd --system kyodo && useradd --system --gid kyodo --home-dir /app --shell /usr/sbin/nologin kyodo
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER kyodo
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
