# syntax=docker/dockerfile:1
# BuildingOS production image: Next.js standalone output (next.config.ts `output: "standalone"`) on Node 20,
# run as the image's non-root `node` user. Build: docker build -t buildingos . (docs/deploy.md pushes it to ECR).
ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Dependencies, from the lock only, so this layer is cached until package-lock.json changes.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. The build: Next traces what the server needs into .next/standalone (server.js + a pruned node_modules).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN mkdir -p public && npx next build

# 3. The runtime: only the standalone server, the static assets and public/ (no compiler, no dev dependencies).
FROM ${NODE_IMAGE} AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    NEXT_MANUAL_SIG_HANDLE=1
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
# 200 only when DynamoDB, S3 and the broker answer (the load balancer uses the same path).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# ECS and docker stop send SIGTERM, then SIGKILL after the stop timeout (30 s in infra/). node is PID 1 here and
# receives it directly (exec form, no shell in between). NEXT_MANUAL_SIG_HANDLE=1 (above) keeps Next from exiting
# as soon as HTTP drains: the app's handler (instrumentation.ts → server/runtime/shutdown.ts) answers /api/health
# 503 "draining", lets commands in flight end, flushes event batches and leaves the broker, within SHUTDOWN_DRAIN_MS
# (10 s by default), then exits 0.
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
