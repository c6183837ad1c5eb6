# Set once, at the top, for every stage
ARG GO_VERSION=1.26
ARG BIN_DIR=/out

FROM golang:${GO_VERSION} AS build
WORKDIR /src
ENV CGO_ENABLED=0
COPY go.mod main.go ./
RUN mkdir -p $BIN_DIR
RUN go build -o $BIN_DIR/hello .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build $BIN_DIR/hello /hello
EXPOSE 8080
CMD ["/hello"]
