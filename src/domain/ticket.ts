import { z } from "zod";

/** Largest ticket body or attachment the pipeline reads in memory (bytes of UTF-8). */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

/** Largest attachment text kept with a ticket (characters). */
export const MAX_ATTACHMENT_CHARS = 2 * 1024 * 1024;

export const ZAttachment = z.object({
  name: z.string().min(1).max(255),
  text: z.string().max(MAX_ATTACHMENT_CHARS, "attachment text is larger than 2 MiB"),
});

export const ZTicket = z.object({
  externalId: z.string().min(1).max(200).optional(),
  subject: z.string().max(1000).optional(),
  body: z
    .string()
    .max(MAX_TEXT_BYTES, "body is larger than 8 MiB")
    .refine((body) => body.trim().length > 0, "body is empty"),
  attachments: z.array(ZAttachment).max(20).optional(),
  customer: z
    .object({
      org: z.string().max(200).optional(),
      email: z.string().max(320).optional(),
      plan: z.string().max(100).optional(),
    })
    .optional(),
});
export type TTicket = z.infer<typeof ZTicket>;
