FROM golang:1.26-bookworm AS build
ARG GITHUB_TOKEN
ENV GOPRIVATE=github.com/acme-finance/*
WORKDIR /src
COPY go.mod go.sum ./
RUN echo "machine github.com login x-access-token password ${GITHUB_TOKEN}" > /root/.netrc \
    && go mod download \
    && rm /root/.netrc
COPY main.go ./
RUN CGO_ENABLED=0 go build -o /out/ledger .

FROM alpine:3.21
COPY --from=build /out/ledger /usr/local/bin/ledger
EXPOSE 8080
CMD ["ledger"]
