FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod *.go ./
RUN CGO_ENABLED=0 go build -o /out/hello .

FROM build AS test
RUN go test ./... && touch /tests-passed

FROM gcr.io/distroless/static-debian12:debug AS debug
COPY --from=build /out/hello /hello
ENTRYPOINT ["/hello"]

FROM gcr.io/distroless/static-debian12:nonroot AS final
COPY --from=test /tests-passed /tests-passed
COPY --from=build /out/hello /hello
EXPOSE 8080
CMD ["/hello"]
