# HttpMonitor in a container: the Native AOT binary on a minimal base image (no shell, no .NET
# runtime), run as a non-root user, reading the log's folder mounted read-only at /logs.
# docs/install.md says more; tests/e2e/container.sh builds and runs the runtime stage.
#
#   docker build -t httpmonitor --build-arg COMMIT=$(git rev-parse HEAD) .
#   docker run -it --rm -v /var/log/nginx:/logs:ro httpmonitor             # the window
#   docker run -d --name hm -v /var/log/nginx:/logs:ro httpmonitor --no-ui --log /logs/access.log
#   docker stop hm && docker logs hm                                      # the summary is the last line
#
# Build arguments:
#   RUNTIME_BASE  the runtime stage's base image (default: .NET's chiseled runtime-deps, ~13 MB)
#   SDK_IMAGE     the image that compiles the binary
#   COMMIT        the commit `httpmonitor --version` names (.git is not sent to the build)
#   BINARY        `build` (default) compiles here; `prebuilt` takes artifacts/container/httpmonitor
#                 and artifacts/container/busybox from the build context instead (the e2e script)
ARG RUNTIME_BASE=mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0-noble
ARG BINARY=build

FROM ${SDK_IMAGE} AS build
# Native AOT links with clang and zlib; busybox (static) is the health check's HTTP client.
RUN apt-get update \
    && apt-get install -y --no-install-recommends clang zlib1g-dev busybox-static \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
ARG COMMIT=""
RUN dotnet publish src/HttpMonitor -c Release -r linux-x64 -p:PublishAot=true \
        ${COMMIT:+-p:SourceRevisionId=$COMMIT} -o /out \
    && cp /bin/busybox /out/busybox

FROM scratch AS prebuilt
COPY artifacts/container/httpmonitor artifacts/container/busybox /out/

FROM ${BINARY} AS binary

FROM ${RUNTIME_BASE} AS runtime
COPY --from=binary /out/httpmonitor /app/httpmonitor
COPY --from=binary /out/busybox /usr/local/bin/busybox
COPY pack/healthcheck.sh /app/healthcheck.sh
COPY config.json /app/config.json
WORKDIR /app
# Not root: the uid of the chiseled images' own "app" user; any uid that may read the logs will do.
USER 1654:1654
ENV TERM=xterm-256color \
    LANG=C.UTF-8 \
    LC_ALL=C.UTF-8
VOLUME ["/logs"]
# docker stop sends this; the monitor prints its summary and exits 0 (a replay exits 143).
STOPSIGNAL SIGTERM
# GET /healthz when the monitor was started with --listen (issue 19); without --listen there is
# nothing to ask and the check passes. pack/healthcheck.sh says how the address is found.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/usr/local/bin/busybox", "sh", "/app/healthcheck.sh"]
ENTRYPOINT ["/app/httpmonitor"]
CMD ["--log", "/logs/access.log"]
