# Build: the same steps as the README's "Install" section.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/HttpMonitor -c Release -o /app

# Run: the monitor on the configured log path (mount the log's folder at /logs).
FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
COPY config.json .
ENV TERM=xterm-256color \
    LANG=C.UTF-8 \
    LC_ALL=C.UTF-8
ENTRYPOINT ["dotnet", "/app/httpmonitor.dll"]
CMD ["--log", "/logs/access.log"]
