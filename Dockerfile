# syntax=docker/dockerfile:1
# Multi-stage: compile once with the development tools, then run the compiled output (no transpiler at run
# time) as a non-root user with a health check.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts off: the postinstall builds from sources that are not copied yet.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
RUN node src/build.mjs

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
COPY flows ./flows
COPY locales ./locales
# The migrated PGlite template, the world places, the parsed flows and texts and the triage cues' first look that
# make a first start fast.
RUN node dist/src/db/pglite-template-cli.js && node dist/src/places/world-places-cli.js \
  && node dist/src/content/remember-content-cli.js \
  && node dist/src/triage/cue-needs-cli.js \
  && mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "dist/src/main.js"]
