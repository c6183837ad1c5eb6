FROM node:22-alpine AS frontend
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci
COPY web/ ./
RUN npm run build

FROM golang:1.26 AS backend
WORKDIR /src
COPY go.mod *.go ./
RUN CGO_ENABLED=0 go build -o /out/shop .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=frontend /web/dist /static
COPY --from=backend /out/shop /shop
CMD ["/shop"]
