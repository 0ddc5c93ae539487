// What the image actions answer besides Image itself (reference 39032 SharePermission, 39156 SyncImage, 36887
// ImageOsList, 38323 OsVersion).

/** An account an image is shared with, and since when (DescribeImageSharePermission). */
export interface SharePermission {
  CreatedTime: string;
  AccountId: string;
}

/** A copy SyncImages makes: its ID in the region it goes to. */
export interface SyncImage {
  ImageId: string;
  Region: string;
}

/** The operating systems an imported image may run, by kind (DescribeImportImageOs). */
export interface ImageOsList {
  Windows: string[];
  Linux: string[];
}

/** One operating system an image may be imported with: its versions and architectures. */
export interface OsVersion {
  OsName: string;
  OsVersions: string[];
  Architecture: string[];
}
