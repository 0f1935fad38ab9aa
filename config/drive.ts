import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, services } from '@adonisjs/drive'

// Uploads are private by default: public files are served through routes that check access.
const driveConfig = defineConfig({
  default: env.get('DRIVE_DISK'),
  services: {
    fs: services.fs({
      location: env.get('DRIVE_FS_ROOT') || app.makePath('storage', app.inTest ? 'test' : 'files'),
      serveFiles: false,
      visibility: 'private',
    }),
    s3: services.s3({
      credentials: {
        accessKeyId: env.get('S3_ACCESS_KEY_ID') ?? '',
        secretAccessKey: env.get('S3_SECRET_ACCESS_KEY') ?? '',
      },
      region: env.get('S3_REGION') ?? 'auto',
      endpoint: env.get('S3_ENDPOINT') || undefined,
      forcePathStyle: Boolean(env.get('S3_ENDPOINT')),
      bucket: env.get('S3_BUCKET') ?? '',
      visibility: 'private',
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
