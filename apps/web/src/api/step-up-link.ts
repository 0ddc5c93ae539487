// Step-up: when the server answers a dangerous action with 403 StepUpRequired, the HTTP layer (http.ts) asks the
// person for a second factor through the prompt the signed-in app registers (app/step-up-host.tsx), then sends the
// request again. Calls refused at once share one prompt.

type Prompt = () => Promise<boolean>;

let prompt: Prompt | undefined;
let asking: Promise<boolean> | undefined;

/** The signed-in app's prompt, or undefined when it goes away. */
export function setStepUpPrompt(next: Prompt | undefined): void {
  prompt = next;
}

/** Asks for a second factor; true once the server took one, false when the person declined (or no one can ask). */
export function askForStepUp(): Promise<boolean> {
  if (!prompt) return Promise.resolve(false);
  asking ??= prompt().finally(() => {
    asking = undefined;
  });
  return asking;
}
