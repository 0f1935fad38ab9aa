import { createReadStream } from 'node:fs'
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  DeleteObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import env from '#start/env'
import { backupConfig } from '#config/backup'

/** Where finished archives are kept: a folder, or an S3 bucket. */
export interface BackupStore {
  /** Moves a finished local archive into the store; returns where it now is. */
  save(localPath: string, name: string): Promise<string>
  list(): Promise<string[]>
  remove(name: string): Promise<void>
}

class FolderStore implements BackupStore {
  constructor(protected directory: string) {}

  async save(localPath: string, name: string) {
    await mkdir(this.directory, { recursive: true })
    const target = join(this.directory, name)
    // Written under a temporary name first, so a half-copied archive never looks like a backup.
    const partial = `${target}.partial`
    try {
      await rename(localPath, partial)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      await copyFile(localPath, partial)
      await rm(localPath)
    }
    await rename(partial, target)
    return target
  }

  async list() {
    try {
      return await readdir(this.directory)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
  }

  async remove(name: string) {
    await rm(join(this.directory, name), { force: true })
  }
}

class S3Store implements BackupStore {
  protected client = new S3Client({
    region: env.get('S3_REGION') || 'auto',
    endpoint: env.get('S3_ENDPOINT') || undefined,
    forcePathStyle: Boolean(env.get('S3_ENDPOINT')),
    credentials: {
      accessKeyId: env.get('S3_ACCESS_KEY_ID') ?? '',
      secretAccessKey: env.get('S3_SECRET_ACCESS_KEY') ?? '',
    },
  })

  constructor(protected bucket: string) {}

  async save(localPath: string, name: string) {
    const { size } = await stat(localPath)
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: name,
        Body: createReadStream(localPath),
        ContentLength: size,
        ContentType: 'application/x-tar',
      })
    )
    await rm(localPath)
    return `s3://${this.bucket}/${name}`
  }

  async list() {
    const names: string[] = []
    let token: string | undefined
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: 'most-backup-',
          ContinuationToken: token,
        })
      )
      for (const object of page.Contents ?? []) if (object.Key) names.push(object.Key)
      token = page.NextContinuationToken
    } while (token)
    return names
  }

  async remove(name: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: name }))
  }
}

export function backupStore(): BackupStore {
  return backupConfig.s3Bucket
    ? new S3Store(backupConfig.s3Bucket)
    : new FolderStore(backupConfig.directory)
}
