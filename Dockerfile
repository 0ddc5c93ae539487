# syntax=docker/dockerfile:1
# The console as an image: built by the same script CI runs (scripts/release.mjs), run by Node 24 alone as a non-root
# user. CI cannot run containers on its machines, so it proves what this image runs instead: the release folder
# started with Node 24 on PostgreSQL, set up, signed in to and used (scripts/check-release.ts).
#   docker build -t cvm-console .
#   docker run -p 8080:8080 -v cvm-data:/data cvm-console          # embedded emulator and embedded database
# For a team (PostgreSQL, two replicas, real keys) see compose.yaml and docs/operations.md.

FROM node:24-bookworm-slim AS build
WORKDIR /src
RUN npm install --global pnpm@12
COPY . .
# The install's postinstall makes the embedded database's template; the release makes its own copy beside its PGlite.
RUN pnpm install --frozen-lockfile && node scripts/release.mjs /release

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=root:root /release /app
# The embedded database and the generated encryption key live in /data: a volume, owned by the user the console runs as.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# Alive (not ready): /readyz is for a load balancer, which should stop sending while the database is away.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "apps/server/dist/main.mjs"]
