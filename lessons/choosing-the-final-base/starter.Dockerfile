FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/rates .

FROM debian:bookworm-slim
COPY --from=build /out/rates /usr/local/bin/rates
USER nobody
EXPOSE 8080
CMD rates
