# Moodline production image: API, ingest worker and score worker all run from it.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY workers ./workers
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production DOTENV_CONFIG_QUIET=true HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY src/web ./src/web
COPY data ./data
RUN mkdir -p /var/lib/moodline/uploads && chown -R node:node /var/lib/moodline
USER node
EXPOSE 3000
CMD ["node", "bin/moodline.js", "serve", "--no-workers"]
