# syntax=docker/dockerfile:1
# Multi-stage: install dependencies once, run as a non-root user with a health check.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY flows ./flows
COPY locales ./locales
COPY migrations ./migrations
# The migrated PGlite template and the world places cache that make a first start fast (npm ci above ran
# before the sources were here).
RUN node --import tsx src/db/pglite-template-cli.ts && node --import tsx src/places/world-places-cli.ts \
  && mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--import", "tsx", "src/main.ts"]
