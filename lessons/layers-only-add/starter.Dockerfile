FROM node:22-slim
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl
RUN rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm ci
RUN npm run build
RUN npm cache clean --force
RUN chown -R node:node /app
USER node
EXPOSE 4173
HEALTHCHECK CMD curl -f http://localhost:4173/ || exit 1
CMD ["npx", "vite", "preview", "--host"]
