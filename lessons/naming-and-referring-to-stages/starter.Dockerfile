FROM golang:1.26 AS Deps
WORKDIR /src
ENV CGO_ENABLED=0
COPY go.mod ./
RUN go mod download

FROM golang:1.26 AS Build
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /out/hello .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=0 /out/hello /hello
EXPOSE 8080
CMD ["/hello"]
