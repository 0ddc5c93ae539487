// The operating systems ImportImage takes: DescribeImportImageOs' example answer (reference 25601–25916), as written —
// its Linux list leaves out Redhat, which its versions list has; both are taken.

const BOTH = ['x86_64', 'i386'] as const;

export const IMPORT_OS_LIST = {
  Linux: ['CentOS', 'Ubuntu', 'Debian', 'OpenSUSE', 'SUSE', 'CoreOS', 'FreeBSD', 'Other Linux'],
  Windows: ['Windows Server 2008', 'Windows Server 2012', 'Windows Server 2016'],
} as const;

export const IMPORT_OS_VERSIONS: readonly { OsName: string; OsVersions: readonly string[]; Architecture: readonly string[] }[] = [
  { OsName: 'Windows Server 2008', OsVersions: ['9'], Architecture: BOTH },
  { OsName: 'Windows Server 2012', OsVersions: ['9'], Architecture: BOTH },
  { OsName: 'Windows Server 2016', OsVersions: ['9'], Architecture: BOTH },
  { OsName: 'CentOS', OsVersions: ['5', '6', '7'], Architecture: BOTH },
  { OsName: 'CoreOS', OsVersions: ['7'], Architecture: BOTH },
  { OsName: 'Debian', OsVersions: ['6', '7', '8', '9'], Architecture: BOTH },
  { OsName: 'FreeBSD', OsVersions: ['10'], Architecture: BOTH },
  { OsName: 'Redhat', OsVersions: ['5', '6', '7'], Architecture: BOTH },
  { OsName: 'OpenSUSE', OsVersions: ['11', '12'], Architecture: BOTH },
  { OsName: 'SUSE', OsVersions: ['10', '11', '12', '13'], Architecture: BOTH },
  { OsName: 'Ubuntu', OsVersions: ['10', '12', '14', '16'], Architecture: BOTH },
  { OsName: 'Other Linux', OsVersions: ['8'], Architecture: BOTH },
];
