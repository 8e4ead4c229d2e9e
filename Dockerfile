# syntax=docker/dockerfile:1
# Build a static framelens binary, then run it non-root in a distroless image.
FROM golang:1.26.8-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X github.com/framelens/framelens/app.Version=${VERSION}" -o /out/framelens . \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
LABEL org.opencontainers.image.title="Framelens" \
      org.opencontainers.image.description="How different news outlets tell the same story: loaded words, naming, quotes and frames, with the evidence highlighted." \
      org.opencontainers.image.licenses="MIT"
COPY --from=build /out/framelens /framelens
COPY --from=build --chown=65532:65532 /out/data /data
ENV FRAMELENS_ADDR=0.0.0.0:8080 \
    FRAMELENS_DB=/data/framelens.db \
    SQLITE_TMPDIR=/data
USER 65532:65532
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s CMD ["/framelens", "healthcheck"]
ENTRYPOINT ["/framelens"]
CMD ["serve"]
