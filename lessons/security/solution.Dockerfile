FROM golang:1.26-bookworm AS build
ENV GOPRIVATE=github.com/acme-finance/*
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=secret,id=netrc,target=/root/.netrc \
    go mod download
COPY main.go ./
RUN CGO_ENABLED=0 go build -o /out/ledger .

FROM scratch
COPY --from=build /out/ledger /usr/local/bin/ledger
USER 65534:65534
EXPOSE 8080
CMD ["ledger"]
