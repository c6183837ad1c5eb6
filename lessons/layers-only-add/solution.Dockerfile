FROM node:22-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm ci && npm run build && npm cache clean --force
USER node
EXPOSE 4173
HEALTHCHECK CMD curl -f http://localhost:4173/ || exit 1
CMD ["npx", "vite", "preview", "--host"]
