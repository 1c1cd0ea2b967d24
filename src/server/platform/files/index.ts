export { base64BodyBytes, checkFiles, decodeBase64Files, safeFileName, sniffMediaType, type CheckedFile, type FilePolicy } from './uploads';
