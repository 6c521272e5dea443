"""The chat and instruction templates the ordinary-reply probes wrap their requests in, as the models' own
tokenizers write them: a request and, where the template has them, the chat's earlier turns and a system turn."""

from __future__ import annotations


def plain(query):
    return query


def chatml(query, history=(), system=None):
    text = f"<|im_start|>system\n{system}<|im_end|>\n" if system else ""
    for user, assistant in history:
        text += f"<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n{assistant}<|im_end|>\n"
    return text + f"<|im_start|>user\n{query}<|im_end|>\n<|im_start|>assistant\n"


def llama2(query, history=(), system=None):
    text = ""
    for user, assistant in history:
        text += f"<s>[INST] {user} [/INST] {assistant} </s>"
    if system:
        query = f"<<SYS>>\n{system}\n<</SYS>>\n\n{query}"
    return text + f"<s>[INST] {query} [/INST]"


def llama3(query, history=(), system=None):
    text = "<|begin_of_text|>"
    if system:
        text += f"<|start_header_id|>system<|end_header_id|>\n\n{system}<|eot_id|>"
    for user, assistant in history:
        text += (f"<|start_header_id|>user<|end_header_id|>\n\n{user}<|eot_id|>"
                 f"<|start_header_id|>assistant<|end_header_id|>\n\n{assistant}<|eot_id|>")
    return text + f"<|start_header_id|>user<|end_header_id|>\n\n{query}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"


def alpaca(instruction, given=None):
    preamble = ("Below is an instruction that describes a task. Write a response that appropriately completes the "
                "request.\n\n")
    if given is None:
        return f"{preamble}### Instruction:\n{instruction}\n\n### Response:\n"
    return f"{preamble}### Instruction:\n{instruction}\n\n### Input:\n{given}\n\n### Response:\n"


def vicuna(query, history=()):
    text = ("A chat between a curious user and an artificial intelligence assistant. The assistant gives helpful, "
            "detailed, and polite answers to the user's questions.")
    for user, assistant in history:
        text += f" USER: {user} ASSISTANT: {assistant}</s>"
    return text + f" USER: {query} ASSISTANT:"


def human_bot(query):
    return f"<human>: {query}\n<bot>:"


def gemma(query, history=()):
    text = "<bos>"
    for user, assistant in history:
        text += f"<start_of_turn>user\n{user}<end_of_turn>\n<start_of_turn>model\n{assistant}<end_of_turn>\n"
    return text + f"<start_of_turn>user\n{query}<end_of_turn>\n<start_of_turn>model\n"
