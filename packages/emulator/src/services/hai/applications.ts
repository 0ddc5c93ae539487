import type { HaiApplication, HaiScene } from '@cvm/shared';

// The public application catalogue, the same in every region: what an HAI instance runs. `app-jknfna` is the ID the
// seed's RunInstances example buys. MinSystemDiskSize differs per application so the disk rule can be seen at work.

export interface SeedScene {
  id: string;
  nameEn: string;
  nameZh: string;
}

export interface SeedApplication {
  id: string;
  name: string;
  sceneId: string;
  descriptionEn: string;
  descriptionZh: string;
  configEnvironment: string;
  minSystemDiskSize: number;
  /** GB. */
  size: number;
  /** `YYYY-MM-DD hh:mm:ss`, Beijing time like every HAI time. */
  createTime: string;
  osType: 'linux' | 'windows';
  /** The ways to log in that an instance of it offers (LoginServices). */
  loginServices: string[];
}

export const HAI_SCENES: readonly SeedScene[] = [
  { id: 'scene-aipaint1', nameEn: 'AI painting', nameZh: 'AI作画' },
  { id: 'scene-llmchat1', nameEn: 'AI conversation', nameZh: 'AI对话' },
  { id: 'scene-aidevel1', nameEn: 'AI development', nameZh: 'AI开发' },
  { id: 'scene-compute1', nameEn: 'Compute', nameZh: '算力' },
];

export const HAI_APPLICATIONS: readonly SeedApplication[] = [
  {
    id: 'app-jknfna',
    name: 'StableDiffusionWebUI',
    sceneId: 'scene-aipaint1',
    descriptionEn: 'Stable Diffusion WebUI with common models, for text-to-image and image-to-image.',
    descriptionZh: 'Stable Diffusion WebUI,预装常用模型,支持文生图、图生图。',
    configEnvironment: 'Ubuntu 20.04, Python 3.10, PyTorch 2.0, CUDA 11.8',
    minSystemDiskSize: 80,
    size: 45,
    createTime: '2023-09-12 10:00:00',
    osType: 'linux',
    loginServices: ['StableDiffusionWebUI', 'JupyterLab', 'Terminal'],
  },
  {
    id: 'app-c0mfyu1a',
    name: 'ComfyUI',
    sceneId: 'scene-aipaint1',
    descriptionEn: 'ComfyUI node-based image generation, with SDXL.',
    descriptionZh: 'ComfyUI 节点式 AI 作画,预装 SDXL。',
    configEnvironment: 'Ubuntu 22.04, Python 3.10, PyTorch 2.1, CUDA 12.1',
    minSystemDiskSize: 100,
    size: 60,
    createTime: '2024-03-20 10:00:00',
    osType: 'linux',
    loginServices: ['ComfyUI', 'JupyterLab', 'Terminal'],
  },
  {
    id: 'app-chatglm6',
    name: 'ChatGLM3-6B',
    sceneId: 'scene-llmchat1',
    descriptionEn: 'The ChatGLM3-6B conversational model with a web chat.',
    descriptionZh: 'ChatGLM3-6B 对话模型,带网页聊天界面。',
    configEnvironment: 'Ubuntu 20.04, Python 3.10, PyTorch 2.0, CUDA 11.8',
    minSystemDiskSize: 100,
    size: 50,
    createTime: '2023-11-02 10:00:00',
    osType: 'linux',
    loginServices: ['ChatGLM', 'JupyterLab', 'Terminal'],
  },
  {
    id: 'app-dsr1q32b',
    name: 'DeepSeek-R1 32B',
    sceneId: 'scene-llmchat1',
    descriptionEn: 'DeepSeek-R1 distilled 32B reasoning model behind Ollama and Open WebUI.',
    descriptionZh: 'DeepSeek-R1 蒸馏 32B 推理模型,Ollama 与 Open WebUI。',
    configEnvironment: 'Ubuntu 22.04, Ollama 0.5, Open WebUI, CUDA 12.4',
    minSystemDiskSize: 200,
    size: 120,
    createTime: '2025-02-08 10:00:00',
    osType: 'linux',
    loginServices: ['OpenWebUI', 'Terminal'],
  },
  {
    id: 'app-pytorch2',
    name: 'PyTorch 2.1',
    sceneId: 'scene-aidevel1',
    descriptionEn: 'A PyTorch development environment with JupyterLab.',
    descriptionZh: 'PyTorch 开发环境,带 JupyterLab。',
    configEnvironment: 'Ubuntu 22.04, Python 3.10, PyTorch 2.1, CUDA 12.1',
    minSystemDiskSize: 80,
    size: 25,
    createTime: '2023-10-10 10:00:00',
    osType: 'linux',
    loginServices: ['JupyterLab', 'Terminal'],
  },
  {
    id: 'app-ubuntu22',
    name: 'Ubuntu 22.04',
    sceneId: 'scene-compute1',
    descriptionEn: 'Ubuntu 22.04 with the GPU driver and CUDA, nothing else.',
    descriptionZh: 'Ubuntu 22.04,仅预装 GPU 驱动与 CUDA。',
    configEnvironment: 'Ubuntu 22.04, CUDA 12.1',
    minSystemDiskSize: 80,
    size: 12,
    createTime: '2023-09-01 10:00:00',
    osType: 'linux',
    loginServices: ['Terminal'],
  },
];

export function findApplication(id: string): SeedApplication | undefined {
  return HAI_APPLICATIONS.find((app) => app.id === id);
}

export function applicationInfo(app: SeedApplication, language: 'zh-CN' | 'en-US'): HaiApplication {
  return {
    ApplicationId: app.id,
    ApplicationName: app.name,
    Description: language === 'zh-CN' ? app.descriptionZh : app.descriptionEn,
    ConfigEnvironment: app.configEnvironment,
    MinSystemDiskSize: app.minSystemDiskSize,
    ApplicationType: 'PUBLIC_APPLICATION',
    ApplicationState: 'ONLINE',
    CreateTime: app.createTime,
    ApplicationSize: app.size,
  };
}

export function sceneInfo(scene: SeedScene, language: 'zh-CN' | 'en-US'): HaiScene {
  return { SceneId: scene.id, SceneName: language === 'zh-CN' ? scene.nameZh : scene.nameEn };
}
