FROM golang:1.26 AS deps
WORKDIR /src
ENV CGO_ENABLED=0
COPY go.mod ./
RUN go mod download

FROM deps AS build
COPY main.go ./
RUN go build -o /out/hello .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/hello /hello
EXPOSE 8080
CMD ["/hello"]
