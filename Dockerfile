# syntax=docker/dockerfile:1
#
# understudy in a container: one static binary on a slim Debian with the
# PostgreSQL client tools (pg_dump, psql) of one major version.
#
#   make image PG_MAJOR=17
#   docker build --build-arg PG_MAJOR=17 -t understudy:pg17 .
#
# PG_MAJOR: production's major version. pg_dump must be at least the
# source server's version (understudy refuses an older one), and its output
# is loaded into staging, which should run the same major as production.
# The image runs as an unprivileged user (uid 10001); its entrypoint is
# understudy, so `docker run IMAGE run --config ...` runs a refresh.
# deploy/kubernetes/cronjob.yaml schedules it.

ARG GO_VERSION=1.26
ARG DEBIAN=bookworm

FROM golang:${GO_VERSION}-${DEBIAN} AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
# pg_query_go is PostgreSQL's parser in C (cgo): the binary links glibc
# statically, with Go's own DNS resolver and user lookup (netgo, osusergo)
# so that nothing asks for glibc's shared NSS modules at run time. The
# build fails unless the result is static and runs.
RUN CGO_ENABLED=1 go build -trimpath -tags netgo,osusergo \
        -ldflags "-s -w -linkmode external -extldflags -static -X github.com/understudy/understudy/internal/cli.Version=${VERSION}" \
        -o /out/understudy ./cmd/understudy \
    && { ldd /out/understudy 2>&1 | grep -q 'not a dynamic executable'; } \
    && /out/understudy --version

FROM debian:${DEBIAN}-slim
ARG PG_MAJOR=17
# The PostgreSQL client tools from the PostgreSQL project's apt repository
# (PGDG), which carries every supported major version for every Debian
# release; Debian's own repository has one.
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    install -d /usr/share/postgresql-common/pgdg; \
    curl -fsSL -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc https://www.postgresql.org/media/keys/ACCC4CF8.asc; \
    . /etc/os-release; \
    echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt ${VERSION_CODENAME}-pgdg main" \
        > /etc/apt/sources.list.d/pgdg.list; \
    apt-get update; \
    apt-get install -y --no-install-recommends "postgresql-client-${PG_MAJOR}"; \
    apt-get purge -y --auto-remove curl; \
    rm -rf /var/lib/apt/lists/*; \
    "/usr/lib/postgresql/${PG_MAJOR}/bin/pg_dump" --version
# understudy looks for pg_dump and psql in /usr/lib/postgresql/*/bin
# itself; on PATH too, for a shell in the container.
ENV PATH=/usr/lib/postgresql/${PG_MAJOR}/bin:$PATH
RUN groupadd --system --gid 10001 understudy \
    && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/understudy --create-home understudy
COPY --from=build /out/understudy /usr/local/bin/understudy
USER 10001:10001
WORKDIR /var/lib/understudy
ENTRYPOINT ["understudy"]
CMD ["--help"]
